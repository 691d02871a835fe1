// name: holders_on_date
// description: >
//   Who was who in a body on a date: every holding of a post in the body (and its parts) whose
//   attested span, from the first to the last attestation, overlaps the date. A partial date
//   (2021 or 2021-05) is the whole year or month.
// params:
//   organization: {type: name, description: "the body's name or key", example: "Đảng ủy Bộ Ngoại giao"}
//   date: {type: date, description: "YYYY, YYYY-MM or YYYY-MM-DD", example: "2021-05-24"}
//   parts: {type: bool, default: true, description: "include the posts of the body's parts"}
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
WHERE occ.start <= $date.end AND occ.end >= $date.start
RETURN p.key AS person_key,
       p.name AS person,
       post.key AS post,
       post.title AS title,
       body.key AS organization_key,
       body.name AS organization,
       occ.first_seen AS first_seen,
       occ.last_seen AS last_seen,
       occ.start AS start,
       occ.end AS end
ORDER BY organization, title, person
LIMIT $limit
