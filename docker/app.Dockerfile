# One image per service, from the exec jar `./mvnw install` left in <module>/target:
#   docker build -f docker/app.Dockerfile --build-arg MODULE=api .
FROM eclipse-temurin:17-jre

ARG MODULE
RUN test -n "$MODULE" || (echo "build with --build-arg MODULE=api|media-worker|twilio-sim" >&2; exit 1)

RUN useradd --system --uid 10001 --home-dir /var/lib/dialer --create-home dialer
WORKDIR /var/lib/dialer
COPY ${MODULE}/target/${MODULE}-*-exec.jar /opt/dialer/app.jar

USER dialer
ENV DIALER_HOME=/var/lib/dialer
# The services bind loopback unless told otherwise; in a container, its own network is the boundary
# (docker-compose publishes the ports on the host's 127.0.0.1 only).
ENV BIND_ADDRESS=0.0.0.0
# JVM flags go in JAVA_TOOL_OPTIONS, which the JVM reads by itself.
ENTRYPOINT ["java", "-jar", "/opt/dialer/app.jar"]
