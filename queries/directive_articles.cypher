// name: directive_articles
// description: The articles that name a directive, newest first, with the sentences that name it.
// params:
//   directive: {type: directive, description: "a code or a code|year key", example: "35-CT/TW"}
//   limit: {type: int, default: 100, min: 1}
//   offset: {type: int, default: 0, min: 0}
MATCH (d:Directive)
WHERE d.key = $directive.key OR ($directive.key IS NULL AND d.key STARTS WITH $directive.prefix)
MATCH (art:Article)-[m:MENTIONS]->(d)
RETURN d.key AS directive,
       art.id AS article,
       art.title AS title,
       art.published AS published,
       art.source AS source,
       m.evidence AS evidence
ORDER BY art.published_start DESC, article
SKIP $offset
LIMIT $limit
