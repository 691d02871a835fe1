// name: posts
// description: >
//   Posts (a title in a body, apart from who holds it), optionally only those of one body,
//   with how many persons held each.
// params:
//   organization: {type: name, default: null, description: "only the posts of this body", example: "Đảng ủy Bộ Ngoại giao"}
//   limit: {type: int, default: 50, min: 1}
//   offset: {type: int, default: 0, min: 0}
MATCH (post:Post)-[:OF]->(o:Organization)
WHERE $organization IS NULL OR o.key = $organization
WITH post, o
ORDER BY o.name, post.title
SKIP $offset
LIMIT $limit
RETURN post.key AS key,
       post.title AS title,
       o.key AS organization_key,
       o.name AS organization,
       COUNT { (:Occupancy)-[:IN_POST]->(post) } AS holders
