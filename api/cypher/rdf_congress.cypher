// name: rdf_congress
// description: >
//   Congresses for the RDF export, each with its party organisation and the directives it
//   cites (relation, article, sentence): the next page in key order after `after`, or the one
//   congress whose key is `key`.
// params:
//   key: {type: str, default: null, description: "one congress's key (a description), or null (a page)"}
//   after: {type: str, default: "", description: "the last key of the previous page"}
//   limit: {type: int, default: 500, min: 1, description: "congresses per page"}
CALL {
  MATCH (c:Congress) WHERE $key IS NULL AND c.key > $after
  RETURN c ORDER BY c.key LIMIT $limit
  UNION
  MATCH (c:Congress {key: $key})
  RETURN c
}
OPTIONAL MATCH (c)-[:OF]->(o:Organization)
RETURN c.key AS key,
       c.name AS name,
       c.ordinal AS ordinal,
       c.term AS term,
       o.key AS organization,
       COLLECT {
         MATCH (c)-[r:CITES]->(d:Directive)
         RETURN {directive: d.key, relation: r.relation, article: r.article, evidence: r.evidence}
         ORDER BY d.key, r.relation, r.article
       } AS citations
ORDER BY key
