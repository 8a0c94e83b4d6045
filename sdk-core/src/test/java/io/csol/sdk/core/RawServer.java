package io.csol.sdk.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A socket server that answers every request with the same raw bytes and closes: for faults WireMock tidies up. */
final class RawServer implements AutoCloseable {
  private final ServerSocket socket;
  private final byte[] response;
  final AtomicInteger requests = new AtomicInteger();

  RawServer(String rawResponse) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.response = rawResponse.getBytes(StandardCharsets.ISO_8859_1);
    Thread t = new Thread(this::serve, "raw-server");
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
            StandardCharsets.ISO_8859_1));
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
          // skip the request head
        }
        requests.incrementAndGet();
        OutputStream out = s.getOutputStream();
        out.write(response);
        out.flush();
      } catch (IOException e) {
        // closed: stop serving
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
