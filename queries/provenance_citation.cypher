// name: provenance_citation
// description: >
//   Where a link between a congress and a directive comes from: every article and sentence
//   that says the congress cites the directive or that the directive concerns it.
// params:
//   congress: {type: congress, description: "'organization|number'", example: "Đảng Cộng sản Việt Nam|13"}
//   directive: {type: directive, description: "a code or a code|year key", example: "35-CT/TW"}
MATCH (c:Congress {key: $congress.key})-[r:CITES]->(d:Directive)
WHERE d.key = $directive.key OR ($directive.key IS NULL AND d.key STARTS WITH $directive.prefix)
OPTIONAL MATCH (art:Article {id: r.article})
RETURN c.key AS congress,
       d.key AS directive,
       r.relation AS relation,
       r.article AS article,
       art.title AS title,
       art.published AS published,
       art.source AS source,
       r.evidence AS evidence
ORDER BY relation, published
