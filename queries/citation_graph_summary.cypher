// name: citation_graph_summary
// description: >
//   The size of the congress-directive citation graph under the same filters as citation_graph
//   (links, congresses, directives), and the issuer codes of the period with how many cited
//   directives each has, to offer as filters.
// params:
//   issuer: {type: name, default: null, description: "only documents of this issuing body", example: "Bộ Chính trị"}
//   issuer_code: {type: str, default: null, description: "only documents with this issuer code (TW, BTCTW, ĐUK...)", example: "TW"}
//   from_year: {type: int, default: null, min: 1930, max: 2100, description: "issued in or after this year", example: 2019}
//   to_year: {type: int, default: null, min: 1930, max: 2100, description: "issued in or before this year", example: 2025}
CALL {
  MATCH (c:Congress)-[:CITES]->(d:Directive)
  WHERE ($issuer IS NULL OR EXISTS { (d)-[:ISSUED_BY]->(:Organization {key: $issuer}) })
    AND ($issuer_code IS NULL OR toUpper(d.issuer_code) = toUpper($issuer_code))
    AND ($from_year IS NULL OR d.year >= $from_year)
    AND ($to_year IS NULL OR d.year <= $to_year)
  WITH DISTINCT c, d
  RETURN count(*) AS links, count(DISTINCT c) AS congresses, count(DISTINCT d) AS directives
}
CALL {
  MATCH (:Congress)-[:CITES]->(d:Directive)
  WHERE ($from_year IS NULL OR d.year >= $from_year)
    AND ($to_year IS NULL OR d.year <= $to_year)
  WITH DISTINCT d
  WITH coalesce(d.issuer_code, '') AS code, d
  WITH code, count(d) AS cited, collect(DISTINCT d.issuer)[..3] AS issuers
  ORDER BY cited DESC, code
  RETURN collect({issuer_code: code, issuers: issuers, directives: cited}) AS issuer_codes
}
RETURN links, congresses, directives, issuer_codes
