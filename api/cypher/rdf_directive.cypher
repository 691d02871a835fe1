// name: rdf_directive
// description: >
//   Numbered party documents for the RDF export, each with its issuing body and the documents it
//   refers to (REFERS_TO: relation, article, sentence): the next page in key order after `after`, or
//   the one directive whose key is `key`.
// params:
//   key: {type: str, default: null, description: "one directive's key (a description), or null (a page)"}
//   after: {type: str, default: "", description: "the last key of the previous page"}
//   limit: {type: int, default: 500, min: 1, description: "directives per page"}
CALL () {
  MATCH (d:Directive) WHERE $key IS NULL AND d.key > $after
  RETURN d ORDER BY d.key LIMIT $limit
  UNION
  MATCH (d:Directive {key: $key})
  RETURN d
}
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Organization)
RETURN d.key AS key,
       d.code AS code,
       d.type AS type,
       d.number AS number,
       d.issuer_code AS issuer_code,
       d.issuer AS issuer,
       issuer.key AS issuer_key,
       d.date AS date,
       d.year AS year,
       d.year_inferred AS year_inferred,
       COLLECT {
         MATCH (d)-[r:REFERS_TO]->(other:Directive)
         RETURN {directive: other.key, relation: r.relation, article: r.article, evidence: r.evidence}
         ORDER BY other.key, r.relation, r.article
       } AS refers_to
ORDER BY key
