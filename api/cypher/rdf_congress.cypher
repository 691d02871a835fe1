// name: rdf_congress
// description: >
//   Congresses for the RDF export, each with its party organisation: the next page in key order
//   after `after`, or the one congress whose key is `key`. Their citations come with the
//   articles that state them (rdf_article), so a congress cited thousands of times never makes
//   one huge page.
// params:
//   key: {type: str, default: null, description: "one congress's key (a description), or null (a page)"}
//   after: {type: str, default: "", description: "the last key of the previous page"}
//   limit: {type: int, default: 500, min: 1, description: "congresses per page"}
CALL () {
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
       o.key AS organization
ORDER BY key
