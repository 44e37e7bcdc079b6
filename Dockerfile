# Image of the newsflow command line; docker-compose.yml runs each stage from it.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -q -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/cli/target/newsflow-cli.jar /app/newsflow-cli.jar
COPY --from=build /src/cli/target/lib /app/lib
COPY --from=build /src/examples /app/examples
ENV JAVA_TOOL_OPTIONS="-Xmx1g -Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsflow.schema"
ENTRYPOINT ["java", "-jar", "/app/newsflow-cli.jar"]
CMD ["--help"]
