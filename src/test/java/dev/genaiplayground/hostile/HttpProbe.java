package dev.genaiplayground.hostile;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends requests to the app on 127.0.0.1, one at a time: through {@link HttpClient} when it can build the request,
 * otherwise as raw HTTP/1.1 over a socket. Follows only a 302 to a page of this server (as a browser would), never keeps cookies (sessions pass their cookie
 * explicitly), and counts every request it sends.
 */
final class HttpProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_BODY = 4 << 20;

    private final int port;
    private final HttpClient client;
    private final AtomicInteger sent = new AtomicInteger();

    HttpProbe(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    int sent() {
        return sent.get();
    }

    int port() {
        return port;
    }

    /** Sends the request and records what the server logged from its start until the answer came. */
    Exchange send(Request request) {
        int mark = ServerLog.mark();
        return sendQuietly(request).withLogged(ServerLog.since(mark));
    }

    /** Sends the request; the caller collects the log (a server may log after the answer, e.g. a broken pipe). */
    Exchange sendQuietly(Request request) {
        Exchange exchange = request.raw ? sendRaw(request) : sendWithClient(request);
        String location = exchange.header("location");
        if ("GET".equals(request.method) && exchange.status() == 302 && location != null
                && location.startsWith("/") && !location.startsWith("//")) {
            // like a browser, follow the server's redirect to its own page (a link with a stray '%' is sent on
            // to the same link with the '%' escaped), and judge the page it leads to
            Exchange followed = sendRaw(Request.get(location).raw());
            return new Exchange(request, followed.status(), followed.headers(), followed.body(), followed.failure(),
                    exchange.millis() + followed.millis(), followed.logged());
        }
        return exchange;
    }

    private Exchange sendWithClient(Request request) {
        HttpRequest built;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.target))
                    .timeout(TIMEOUT)
                    .method(request.method, request.body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body));
            for (String[] header : request.headers) {
                builder.header(header[0], header[1]);
            }
            built = builder.build();
        } catch (IllegalArgumentException refused) {
            return sendRaw(request); // a target, method or header HttpClient will not send
        }
        sent.incrementAndGet();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            return new Exchange(request, response.statusCode(), headers,
                    new String(response.body(), StandardCharsets.UTF_8), null, elapsed(start), List.of());
        } catch (IOException e) {
            return new Exchange(request, -1, Map.of(), "", e.getClass().getSimpleName() + ": " + e.getMessage(),
                    elapsed(start), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Exchange sendRaw(Request request) {
        byte[] bytes = request.wire != null ? request.wire : build(request);
        sent.incrementAndGet();
        long start = System.nanoTime();
        AtomicReference<String> writeFailure = new AtomicReference<>();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            // Write on another thread: a server that refuses a huge request answers (and closes) before reading it
            // all, and that answer must still be read.
            Thread writer = new Thread(() -> {
                try {
                    out.write(bytes);
                    out.flush();
                    if (request.manners == Request.Manners.HALF_CLOSE) {
                        socket.shutdownOutput();
                    }
                } catch (IOException e) {
                    writeFailure.set("while sending: " + e.getMessage());
                }
            }, "hostile-raw-writer");
            writer.setDaemon(true);
            writer.start();
            Exchange exchange = read(request, new BufferedInputStream(socket.getInputStream()), start);
            writer.join(2000);
            if (!exchange.answered() && writeFailure.get() != null) {
                return new Exchange(request, -1, Map.of(), "", exchange.failure() + "; " + writeFailure.get(),
                        exchange.millis(), List.of());
            }
            return exchange;
        } catch (IOException e) {
            return new Exchange(request, -1, Map.of(), "", e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (writeFailure.get() == null ? "" : "; " + writeFailure.get()), elapsed(start), List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private byte[] build(Request request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        head.append(request.method).append(' ').append(request.target).append(" HTTP/1.1\r\n");
        boolean host = false;
        boolean length = false;
        for (String[] header : request.headers) {
            host |= header[0].equalsIgnoreCase("Host");
            length |= header[0].equalsIgnoreCase("Content-Length") || header[0].equalsIgnoreCase("Transfer-Encoding");
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        if (!host) {
            head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        if (request.body != null && !length) {
            head.append("Content-Length: ").append(request.body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        // UTF-8 so that a raw non-ASCII character in a target goes out as its UTF-8 bytes.
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (request.body != null) {
            out.writeBytes(request.body);
        }
        return out.toByteArray();
    }

    /** Reads one response (skipping 1xx), framed by Content-Length, chunks, or the end of the connection. */
    private static Exchange read(Request request, InputStream in, long start) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int status = -1;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            String statusLine;
            do {
                statusLine = readLine(in);
                if (statusLine == null) {
                    return new Exchange(request, -1, Map.of(), "", "connection closed without a response",
                            elapsed(start), List.of());
                }
                String[] parts = statusLine.split(" ", 3);
                if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                    // An HTTP/0.9-style answer (a body without a status line): read it all, then report it.
                    body.writeBytes((statusLine + "\n").getBytes(StandardCharsets.ISO_8859_1));
                    byte[] buffer = new byte[8192];
                    for (int n = in.read(buffer); n >= 0 && body.size() < MAX_BODY; n = in.read(buffer)) {
                        body.write(buffer, 0, n);
                    }
                    return new Exchange(request, -1, Map.of(), body.toString(StandardCharsets.UTF_8),
                            "not an HTTP/1.x response: " + Text.shorten(statusLine, 60), elapsed(start), List.of());
                }
                status = Integer.parseInt(parts[1].trim());
                if (request.manners == Request.Manners.HANG_UP) {
                    return new Exchange(request, status, Map.of(), "", null, elapsed(start), List.of());
                }
                headers.clear();
                for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                                k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
                    }
                }
            } while (status >= 100 && status < 200);
            String encoding = first(headers, "transfer-encoding");
            String length = first(headers, "content-length");
            if (request.method.equals("HEAD") || status == 204 || status == 304) {
                // no body
            } else if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                for (String size = readLine(in); size != null; size = readLine(in)) {
                    int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                    if (n == 0) {
                        break;
                    }
                    body.writeBytes(readExactly(in, n));
                    readLine(in);
                    if (body.size() > MAX_BODY) {
                        break;
                    }
                }
            } else if (length != null) {
                body.writeBytes(readExactly(in, (int) Math.min(Long.parseLong(length.trim()), MAX_BODY)));
            } else {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0 && body.size() < MAX_BODY; n = in.read(buffer)) {
                    body.write(buffer, 0, n);
                }
            }
            return new Exchange(request, status, headers, body.toString(StandardCharsets.UTF_8), null,
                    elapsed(start), List.of());
        } catch (IOException | RuntimeException e) {
            String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (status > 0) { // the status line and headers came; the body was cut short
                return new Exchange(request, status, headers, body.toString(StandardCharsets.UTF_8),
                        "body cut short: " + failure, elapsed(start), List.of());
            }
            return new Exchange(request, -1, Map.of(), "", failure, elapsed(start), List.of());
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
            b = in.read();
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] readExactly(InputStream in, int n) throws IOException {
        byte[] data = in.readNBytes(n);
        if (data.length < n) {
            throw new IOException("connection closed after " + data.length + " of " + n + " body bytes");
        }
        return data;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
