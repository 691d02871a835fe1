// name: rdf_citation
// description: >
//   Congress-directive citations (relation, article, sentence) for describing one congress or
//   one directive in RDF: those of the congress `congress`, or of the directive `directive`, at
//   most `limit` of each. The whole export takes citations from rdf_article instead.
// params:
//   congress: {type: str, default: null, description: "a congress's key, or null"}
//   directive: {type: str, default: null, description: "a directive's key, or null"}
//   limit: {type: int, default: 500, min: 1, description: "citations at most"}
CALL () {
  MATCH (c:Congress {key: $congress})-[r:CITES]->(d:Directive)
  RETURN c, r, d ORDER BY d.key, r.article LIMIT $limit
  UNION
  MATCH (c:Congress)-[r:CITES]->(d:Directive {key: $directive})
  RETURN c, r, d ORDER BY c.key, r.article LIMIT $limit
}
RETURN c.key AS congress,
       d.key AS directive,
       r.relation AS relation,
       r.article AS article,
       r.evidence AS evidence
ORDER BY congress, directive, article
