# Build:  docker build -t diplomatic-visits .
# Run:    docker run --rm -p 8080:8080 -v visits-data:/app/data diplomatic-visits

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml openapi.yaml ./
COPY .mvn .mvn
COPY src src
# The README's build command, without the class-data sharing archive: it is written for one JVM build and one jar
# path, and the image runs another JVM (the JRE) at another path.
RUN ./mvnw -B package -DskipTests -Dappcds.skip=true

FROM eclipse-temurin:17-jre
# curl serves the HEALTHCHECK only; the base image does not promise to ship it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin visits \
    && mkdir -p /app/data \
    && chown visits /app/data
WORKDIR /app
COPY --from=build /build/target/diplomatic-visits-runner.jar ./
COPY seeds/ seeds/
ENV VISITS_SEEDS_DIR=/app/seeds \
    VISITS_DATA_DIR=/app/data
USER visits
EXPOSE 8080
VOLUME /app/data
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/q/health/ready || exit 1
# Both JIT compilers, unlike the README's quick start: a long-lived instance gives up a second of start-up for
# faster extraction and framework code (BENCHMARKS.md, "C1 only or both compilers"). The heap defaults to a quarter
# of the container's memory.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-jar", "/app/diplomatic-visits-runner.jar"]
