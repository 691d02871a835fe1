// name: persons
// description: >
//   Persons in the graph, by name, or those whose name matches the words (diacritics optional),
//   with how many posts each held.
// params:
//   q: {type: search, default: null, description: "words of the name; all persons when left out", example: "nguyen"}
//   limit: {type: int, default: 50, min: 1}
//   offset: {type: int, default: 0, min: 0}
CALL {
  UNWIND CASE WHEN $q IS NULL THEN [] ELSE [$q.lucene] END AS lucene
  CALL db.index.fulltext.queryNodes('name_search', lucene) YIELD node, score
  WITH node AS p, score WHERE p:Person
  RETURN p, score
  UNION
  MATCH (p:Person) WHERE $q IS NULL
  RETURN p, 0.0 AS score
}
WITH p, score
ORDER BY score DESC, p.name, p.key
SKIP $offset
LIMIT $limit
RETURN p.key AS key,
       p.name AS name,
       COUNT { (p)-[:HOLDS]->(:Occupancy) } AS posts
