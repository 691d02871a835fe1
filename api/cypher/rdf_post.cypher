// name: rdf_post
// description: >
//   Posts for the RDF export, each with its body: the next page in key order after `after`,
//   or the one post whose key is `key`.
// params:
//   key: {type: str, default: null, description: "one post's key (a description), or null (a page)"}
//   after: {type: str, default: "", description: "the last key of the previous page"}
//   limit: {type: int, default: 500, min: 1, description: "posts per page"}
CALL () {
  MATCH (post:Post) WHERE $key IS NULL AND post.key > $after
  RETURN post ORDER BY post.key LIMIT $limit
  UNION
  MATCH (post:Post {key: $key})
  RETURN post
}
OPTIONAL MATCH (post)-[:OF]->(o:Organization)
RETURN post.key AS key,
       post.title AS title,
       o.key AS organization
ORDER BY key
