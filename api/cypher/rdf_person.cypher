// name: rdf_person
// description: >
//   Persons for the RDF export: the next page in key order after `after`, or the one person
//   whose key is `key`.
// params:
//   key: {type: str, default: null, description: "one person's key (a description), or null (a page)"}
//   after: {type: str, default: "", description: "the last key of the previous page"}
//   limit: {type: int, default: 500, min: 1, description: "persons per page"}
CALL () {
  MATCH (p:Person) WHERE $key IS NULL AND p.key > $after
  RETURN p ORDER BY p.key LIMIT $limit
  UNION
  MATCH (p:Person {key: $key})
  RETURN p
}
RETURN p.key AS key,
       p.name AS name
ORDER BY key
