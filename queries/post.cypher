// name: post
// description: One post by key (organization key|title key), with its body.
// params:
//   post: {type: post, description: "the post's key: the body's key, '|', the title's key", example: "đảng ủy bộ ngoại giao|phó bí thư thường trực"}
MATCH (post:Post {key: $post})-[:OF]->(o:Organization)
RETURN post.key AS key,
       post.title AS title,
       o.key AS organization_key,
       o.name AS organization,
       COUNT { (:Occupancy)-[:IN_POST]->(post) } AS holders
