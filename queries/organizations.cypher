// name: organizations
// description: >
//   Bodies (party committees, party organisations, boards, ministries...) by name, or those whose
//   name matches the words (diacritics optional).
// params:
//   q: {type: search, default: null, description: "words of the name; all bodies when left out", example: "dang uy bo ngoai giao"}
//   limit: {type: int, default: 50, min: 1}
//   offset: {type: int, default: 0, min: 0}
CALL {
  UNWIND CASE WHEN $q IS NULL THEN [] ELSE [$q.lucene] END AS lucene
  CALL db.index.fulltext.queryNodes('name_search', lucene) YIELD node, score
  WITH node AS o, score WHERE o:Organization
  RETURN o, score
  UNION
  MATCH (o:Organization) WHERE $q IS NULL
  RETURN o, 0.0 AS score
}
WITH o, score
ORDER BY score DESC, o.name, o.key
SKIP $offset
LIMIT $limit
RETURN o.key AS key,
       o.name AS name,
       o.kind AS kind,
       COUNT { (:Post)-[:OF]->(o) } AS posts
