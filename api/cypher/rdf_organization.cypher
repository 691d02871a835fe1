// name: rdf_organization
// description: >
//   Bodies for the RDF export, with the bodies each is part of and the party organisation it
//   is the executive committee of: the next page in key order after `after`, or the one with
//   key `key`.
// params:
//   key: {type: str, default: null, description: "one body's key (a description), or null (a page)"}
//   after: {type: str, default: "", description: "the last key of the previous page"}
//   limit: {type: int, default: 500, min: 1, description: "bodies per page"}
CALL () {
  MATCH (o:Organization) WHERE $key IS NULL AND o.key > $after
  RETURN o ORDER BY o.key LIMIT $limit
  UNION
  MATCH (o:Organization {key: $key})
  RETURN o
}
RETURN o.key AS key,
       o.name AS name,
       o.kind AS kind,
       COLLECT { MATCH (o)-[:PART_OF]->(whole:Organization) RETURN whole.key ORDER BY whole.key } AS part_of,
       COLLECT { MATCH (o)-[:EXECUTIVE_OF]->(po:Organization) RETURN po.key ORDER BY po.key } AS executive_of
ORDER BY key
