# orgraph in a container: a static binary on a distroless base, run as a
# non-root user. Everything it serves (the dataset, the explorer, GraphiQL)
# is embedded, so the image needs no other file.
#
#   docker build -t orgraph .
#   docker run --rm -p 127.0.0.1:8080:8080 orgraph     # http://127.0.0.1:8080/
#
# compose.yaml adds Neo4j.

FROM golang:1.26-alpine AS build
WORKDIR /src
# Modules first, so that editing the code does not download them again.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# CGO off gives a static binary for the distroless base; .git is not in the
# build context (.dockerignore), hence no VCS stamp for `orgraph version`.
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false -ldflags="-s -w" -o /out/orgraph ./cmd/orgraph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/orgraph /usr/local/bin/orgraph
# 65532 is the distroless "nonroot" user.
USER 65532:65532
EXPOSE 8080
# Inside a container the server must listen on every interface for a
# published port to reach it; publish it on the host's loopback
# (-p 127.0.0.1:8080:8080) unless it should be reachable from elsewhere.
ENV ORGRAPH_ADDR=0.0.0.0:8080
ENTRYPOINT ["/usr/local/bin/orgraph"]
CMD ["serve"]
