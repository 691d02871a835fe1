// name: organization_holders
// description: >
//   Everyone who held a post in a body, past and present, post by post in order of time; with
//   parts=true also the posts of its parts ("Ban Tuyên giáo Đảng ủy X" for "Đảng ủy X").
// params:
//   organization: {type: name, description: "the body's name or key", example: "Đảng ủy Bộ Ngoại giao"}
//   parts: {type: bool, default: false, description: "include the posts of the body's parts"}
//   limit: {type: int, default: 200, min: 1}
MATCH (o:Organization {key: $organization})
// The body itself, and with parts=true the bodies under it, found from it (not by testing every body).
CALL (o) {
  RETURN o AS body
  UNION
  MATCH (body:Organization)-[:PART_OF*1..3]->(o) WHERE $parts
  RETURN body
}
MATCH (p:Person)-[:HOLDS]->(occ:Occupancy)-[:IN_POST]->(post:Post)-[:OF]->(body)
RETURN p.key AS person_key,
       p.name AS person,
       post.key AS post,
       post.title AS title,
       body.key AS organization_key,
       body.name AS organization,
       occ.first_seen AS first_seen,
       occ.last_seen AS last_seen,
       occ.start AS start,
       occ.end AS end,
       occ.attestations AS attestations
ORDER BY organization, title, start, person
LIMIT $limit
