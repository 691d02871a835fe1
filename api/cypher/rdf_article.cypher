// name: rdf_article
// description: >
//   Articles for the RDF export, each with the nodes it mentions (their labels and keys) and the
//   congress-directive citations read from it: the next page in id order after `after`, or the
//   one article whose id is `key`.
// params:
//   key: {type: str, default: null, description: "one article's id (a description), or null (a page)"}
//   after: {type: str, default: "", description: "the last id of the previous page"}
//   limit: {type: int, default: 500, min: 1, description: "articles per page"}
CALL () {
  MATCH (art:Article) WHERE $key IS NULL AND art.id > $after
  RETURN art ORDER BY art.id LIMIT $limit
  UNION
  MATCH (art:Article {id: $key})
  RETURN art
}
RETURN art.id AS key,
       art.title AS title,
       art.published AS published,
       art.source AS source,
       COLLECT {
         MATCH (art)-[:MENTIONS]->(n)
         RETURN {labels: labels(n), key: coalesce(n.key, n.id)}
         ORDER BY coalesce(n.key, n.id)
       } AS mentions,
       COLLECT {
         MATCH (c:Congress)-[r:CITES]->(d:Directive) WHERE r.article = art.id
         RETURN {congress: c.key, directive: d.key, relation: r.relation, evidence: r.evidence}
         ORDER BY c.key, d.key, r.relation
       } AS citations
ORDER BY key
