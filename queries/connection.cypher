// name: connection
// description: >
//   The shortest connection between two persons through the bodies they held posts in and the
//   congresses whose articles attest them: each step goes from a person to a shared body or
//   congress to the next person, at most 4 steps.
// params:
//   from: {type: name, description: "the first person's name or key", example: "Nguyễn Đắc Thành"}
//   to: {type: name, description: "the second person's name or key", example: "Lê Thu Hằng"}
MATCH (a:Person {key: $from}), (b:Person {key: $to})
WHERE a <> b
MATCH path = SHORTEST 1 (a)
  ((:Person)-[:HOLDS]->(:Occupancy)-[r1:IN_POST|ATTESTED_IN]->(m1)-[r2:OF|MENTIONS]->(hub)
     <-[r3:OF|MENTIONS]-(m2)<-[r4:IN_POST|ATTESTED_IN]-(:Occupancy)<-[:HOLDS]-(:Person)
   WHERE (hub:Organization AND m1:Post AND m2:Post)
      OR (hub:Congress AND m1:Article AND m2:Article)){1,4}
  (b)
RETURN [n IN nodes(path) WHERE NOT n:Occupancy | {
          kind: CASE
                  WHEN n:Person THEN 'person' WHEN n:Post THEN 'post' WHEN n:Article THEN 'article'
                  WHEN n:Congress THEN 'congress' ELSE 'organization'
                END,
          key: coalesce(n.key, n.id),
          name: coalesce(n.name, n.title)}] AS nodes,
       size([n IN nodes(path) WHERE n:Person]) - 1 AS steps
