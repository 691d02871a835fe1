# The partygraph API image (docker-compose.yml's `api` service). Neo4j runs in its own container
# and is reached through NEO4J_URI, so no Java is installed here.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY pyproject.toml README.md ./
COPY partygraph ./partygraph
COPY graph ./graph
COPY api ./api
COPY loaders ./loaders
COPY queries ./queries
RUN pip install .

# Sample articles, so `docker compose run --rm api partygraph load examples/articles` works.
COPY examples ./examples

RUN useradd --create-home partygraph
USER partygraph

EXPOSE 8000
CMD ["partygraph", "serve"]
