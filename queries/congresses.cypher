// name: congresses
// description: >
//   Numbered congresses, optionally only those whose name matches the words (diacritics
//   optional) or those of one party organisation, with how many directives each cites.
// params:
//   q: {type: search, default: null, description: "words of the congress's name", example: "dai hoi bo cong thuong"}
//   organization: {type: name, default: null, description: "only this party organisation's congresses", example: "Đảng bộ Bộ Công Thương"}
//   limit: {type: int, default: 50, min: 1}
//   offset: {type: int, default: 0, min: 0}
CALL {
  UNWIND CASE WHEN $q IS NULL THEN [] ELSE [$q.lucene] END AS lucene
  CALL db.index.fulltext.queryNodes('name_search', lucene) YIELD node, score
  WITH node AS c, score WHERE c:Congress
  RETURN c, score
  UNION
  MATCH (c:Congress) WHERE $q IS NULL
  RETURN c, 0.0 AS score
}
OPTIONAL MATCH (c)-[:OF]->(o:Organization)
WITH c, o, score
WHERE $organization IS NULL OR o.key = $organization
   OR EXISTS { (o)<-[:EXECUTIVE_OF]-(:Organization {key: $organization}) }
ORDER BY score DESC, c.organization, c.ordinal
SKIP $offset
LIMIT $limit
RETURN c.key AS key,
       c.name AS name,
       coalesce(o.name, c.organization) AS organization,
       o.key AS organization_key,
       c.ordinal AS ordinal,
       c.term AS term,
       COUNT { (c)-[:CITES]->(:Directive) } AS directives
