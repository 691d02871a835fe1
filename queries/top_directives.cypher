// name: top_directives
// description: >
//   The most-cited directives: how many congress-directive links the articles attest for each,
//   with the distinct congresses and articles among them, optionally only those of one issuer or
//   issuer code and of a period of years (the year of issue).
// params:
//   issuer: {type: name, default: null, description: "only documents of this issuing body", example: "Bộ Chính trị"}
//   issuer_code: {type: str, default: null, description: "only documents with this issuer code (TW, BTCTW, ĐUK...)", example: "TW"}
//   from_year: {type: int, default: null, min: 1930, max: 2100, description: "issued in or after this year", example: 2019}
//   to_year: {type: int, default: null, min: 1930, max: 2100, description: "issued in or before this year", example: 2020}
//   limit: {type: int, default: 20, min: 1}
MATCH (d:Directive)
WHERE ($issuer IS NULL OR EXISTS { (d)-[:ISSUED_BY]->(:Organization {key: $issuer}) })
  AND ($issuer_code IS NULL OR toUpper(d.issuer_code) = toUpper($issuer_code))
  AND ($from_year IS NULL OR d.year >= $from_year)
  AND ($to_year IS NULL OR d.year <= $to_year)
// Ranked by the node's degree (read from the store, no scan of every citation); the distinct
// congresses and articles are counted for the top ones only.
WITH d, COUNT { (d)<-[:CITES]-(:Congress) } AS citations
WHERE citations > 0
ORDER BY citations DESC, d.code
LIMIT $limit
CALL (d) {
  MATCH (c:Congress)-[r:CITES]->(d)
  RETURN count(DISTINCT c) AS congresses, count(DISTINCT r.article) AS articles
}
RETURN d.key AS key,
       d.code AS code,
       d.type AS type,
       d.issuer AS issuer,
       d.date AS date,
       d.year AS year,
       citations,
       congresses,
       articles
ORDER BY citations DESC, congresses DESC, code
