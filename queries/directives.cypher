// name: directives
// description: >
//   Party documents with a number (Chỉ thị, Nghị quyết, Kế hoạch...), optionally only those
//   matching the words or issued by one body, with how many congresses cite each.
// params:
//   q: {type: search, default: null, description: "the code or its beginning (35-CT/TW, 35-CT)", example: "35-CT/TW"}
//   issuer: {type: name, default: null, description: "only documents of this issuing body", example: "Bộ Chính trị"}
//   limit: {type: int, default: 50, min: 1}
//   offset: {type: int, default: 0, min: 0}
CALL {
  // Directives have a code, not a name: the code as typed is a prefix of their keys.
  MATCH (d:Directive) WHERE $q IS NOT NULL AND d.key STARTS WITH $q.code_prefix
  RETURN d, 1.0 AS score
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
