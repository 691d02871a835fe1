// name: congress_directives
// description: >
//   The directives a congress cites or that concern it, one row per directive, relation and
//   article, with the sentence that links them.
// params:
//   congress: {type: congress, description: "'organization|number', the number in digits or Roman", example: "Đảng bộ Bộ Công Thương|3"}
//   limit: {type: int, default: 200, min: 1}
MATCH (c:Congress {key: $congress.key})-[r:CITES]->(d:Directive)
OPTIONAL MATCH (art:Article {id: r.article})
RETURN d.key AS directive,
       d.code AS code,
       d.type AS type,
       d.issuer AS issuer,
       d.date AS date,
       r.relation AS relation,
       r.article AS article,
       art.title AS article_title,
       r.evidence AS evidence
ORDER BY code, relation, article
LIMIT $limit
