// name: directive
// description: >
//   One directive by key (35-CT/TW|2019) or by code (35-CT/TW): every directive with that code
//   when no year is given, since numbers restart with each term.
// params:
//   directive: {type: directive, description: "a code or a code|year key", example: "35-CT/TW"}
MATCH (d:Directive)
WHERE d.key = $directive.key OR ($directive.key IS NULL AND d.key STARTS WITH $directive.prefix)
// A document issued jointly ("Bộ Chính trị, Ban Bí thư") has one ISSUED_BY per body.
WITH d, COLLECT {
  MATCH (d)-[:ISSUED_BY]->(body:Organization) RETURN {key: body.key, name: body.name} ORDER BY body.name
} AS issuers
RETURN d.key AS key,
       d.code AS code,
       d.type AS type,
       d.number AS number,
       d.issuer_code AS issuer_code,
       d.issuer AS issuer,
       issuers,
       issuers[0].key AS issuer_key,
       d.date AS date,
       d.year AS year,
       d.year_inferred AS year_inferred,
       COUNT { (:Congress)-[:CITES]->(d) } AS citations,
       COUNT { (:Article)-[:MENTIONS]->(d) } AS articles
ORDER BY year DESC
