// name: directives
// description: >
//   Party documents with a number (Chỉ thị, Nghị quyết, Kế hoạch...), optionally only those
//   matching the words or issued by one body, with how many congresses cite each.
// params:
//   q: {type: search, default: null, description: "words of the code or issuer", example: "35-CT/TW"}
//   issuer: {type: name, default: null, description: "only documents of this issuing body", example: "Bộ Chính trị"}
//   limit: {type: int, default: 50, min: 1}
//   offset: {type: int, default: 0, min: 0}
CALL {
  UNWIND CASE WHEN $q IS NULL THEN [] ELSE [$q.lucene] END AS lucene
  CALL db.index.fulltext.queryNodes('name_search', lucene) YIELD node, score
  WITH node AS d, score WHERE d:Directive
  RETURN d, score
  UNION
  MATCH (d:Directive) WHERE $q IS NULL
  RETURN d, 0.0 AS score
}
WITH d, score
WHERE $issuer IS NULL OR EXISTS { (d)-[:ISSUED_BY]->(:Organization {key: $issuer}) }
ORDER BY score DESC, d.year DESC, d.code
SKIP $offset
LIMIT $limit
RETURN d.key AS key,
       d.code AS code,
       d.type AS type,
       d.issuer AS issuer,
       d.date AS date,
       d.year AS year,
       COUNT { (:Congress)-[:CITES]->(d) } AS citations
