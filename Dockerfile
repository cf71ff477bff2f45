# Multi-stage build: a production jar built with the Maven wrapper, run as a non-root user on a JRE.
# The committed src/main/bundles/prod.bundle lets an unchanged front end build without npm.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Pproduction dependency:go-offline
COPY frontend frontend
COPY compute compute
COPY content content
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/genai-foundations-playground-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /app --uid 10001 playground \
    && mkdir -p /app/javacpp-cache && chown -R playground /app
COPY --from=build /src/app.jar /app/app.jar
# OMP_WAIT_POLICY=PASSIVE: without it OpenMP and OpenBLAS threads spin against each other and ND4J runs 3-15x slower.
# JavaCPP unpacks ND4J's native libraries into a writable cache on first use.
# -Xmx512m: a class of 300 followers holds about 75 MB of heap, and ND4J's native buffers are freed only when the
# heap is collected, so a small heap keeps them few too (ClassroomBenchmark's 10-minute soak levelled off at about
# 0.9 GB resident; give the container 1.5 GB). maxphysicalbytes=0: JavaCPP's resident-memory check reads /proc on
# every allocation and halves the speed of small ops; maxbytes stays at its default (the -Xmx), since ND4J's
# buffers are not counted by it (Pointer.totalBytes() stayed 0 through the soak).
ENV OMP_WAIT_POLICY=PASSIVE \
    JAVA_TOOL_OPTIONS="-Xmx512m -Dorg.bytedeco.javacpp.cachedir=/app/javacpp-cache -Dorg.bytedeco.javacpp.maxphysicalbytes=0" \
    PORT=8080
USER playground
WORKDIR /app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf "GET /actuator/health HTTP/1.0\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
