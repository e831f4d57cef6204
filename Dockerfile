# Samverkan as a container: built from source with Maven, run on a Java 17 JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
RUN mvn -B -ntp dependency:go-offline
COPY src ./src
COPY bpmn ./bpmn
COPY forms ./forms
RUN mvn -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 samverkan
WORKDIR /app
COPY --from=build /build/target/samverkan-*.jar /app/samverkan.jar
USER samverkan
# 512 MB of heap holds the whole test suite, the demo and the benchmark's load (docs/BENCHMARKS.md);
# the container's limit in docker-compose.yml leaves room for metaspace, threads and buffers
ENV TZ=Europe/Stockholm \
    JAVA_TOOL_OPTIONS="-Duser.timezone=Europe/Stockholm -Xms256m -Xmx512m -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/samverkan.jar"]
