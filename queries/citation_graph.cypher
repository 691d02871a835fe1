// name: citation_graph
// description: >
//   One page of the congress-directive citation graph: each congress and directive it cites (or
//   that concerns it) once, with the relations and how many articles link them, optionally only
//   documents of one issuer or issuer code and of a period of years. For drawing the graph a page
//   at a time; citation_graph_summary counts the whole.
// params:
//   issuer: {type: name, default: null, description: "only documents of this issuing body", example: "Bộ Chính trị"}
//   issuer_code: {type: str, default: null, description: "only documents with this issuer code (TW, BTCTW, ĐUK...)", example: "TW"}
//   from_year: {type: int, default: null, min: 1930, max: 2100, description: "issued in or after this year", example: 2019}
//   to_year: {type: int, default: null, min: 1930, max: 2100, description: "issued in or before this year", example: 2025}
//   limit: {type: int, default: 200, min: 1, max: 500, description: "links per page"}
//   offset: {type: int, default: 0, min: 0}
MATCH (c:Congress)-[r:CITES]->(d:Directive)
WHERE ($issuer IS NULL OR EXISTS { (d)-[:ISSUED_BY]->(:Organization {key: $issuer}) })
  AND ($issuer_code IS NULL OR toUpper(d.issuer_code) = toUpper($issuer_code))
  AND ($from_year IS NULL OR d.year >= $from_year)
  AND ($to_year IS NULL OR d.year <= $to_year)
WITH c, d, collect(DISTINCT r.relation) AS relations, count(DISTINCT r.article) AS articles
ORDER BY coalesce(d.year, 0) DESC, d.code, c.key
SKIP $offset
LIMIT $limit
RETURN c.key AS congress,
       coalesce(c.name, c.key) AS congress_name,
       c.organization AS organization,
       c.ordinal AS ordinal,
       d.key AS directive,
       d.code AS code,
       d.type AS type,
       d.issuer AS issuer,
       d.issuer_code AS issuer_code,
       d.year AS year,
       relations,
       articles
