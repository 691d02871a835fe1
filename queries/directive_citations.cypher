// name: directive_citations
// description: >
//   The congresses that cite a directive or that it concerns, with the article and sentence
//   of each link.
// params:
//   directive: {type: directive, description: "a code or a code|year key", example: "35-CT/TW"}
//   limit: {type: int, default: 200, min: 1}
MATCH (d:Directive)
WHERE d.key = $directive.key OR ($directive.key IS NULL AND d.key STARTS WITH $directive.prefix)
MATCH (c:Congress)-[r:CITES]->(d)
OPTIONAL MATCH (art:Article {id: r.article})
RETURN d.key AS directive,
       c.key AS congress,
       c.name AS congress_name,
       c.organization AS organization,
       c.ordinal AS ordinal,
       r.relation AS relation,
       r.article AS article,
       art.title AS article_title,
       art.published AS published,
       r.evidence AS evidence
ORDER BY directive, organization, ordinal, relation
LIMIT $limit
