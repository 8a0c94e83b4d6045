package io.csol.sdk.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A socket server whose answer is a program, for servers that misbehave over time (trickling or
 * endless bodies). Records how many bytes it wrote and when the client dropped the connection.
 */
final class HostileServer implements AutoCloseable {
  /** Writes one response; throws IOException once the client has closed the connection. */
  @FunctionalInterface
  interface Behaviour {
    void respond(OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Behaviour behaviour;
  final AtomicInteger requests = new AtomicInteger();
  final AtomicLong written = new AtomicLong();
  final CountDownLatch clientClosed = new CountDownLatch(1);

  HostileServer(Behaviour behaviour) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.behaviour = behaviour;
    Thread t = new Thread(this::serve, "hostile-server");
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
        OutputStream raw = s.getOutputStream();
        OutputStream counting = new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            raw.write(b);
            raw.flush();
            written.incrementAndGet();
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            raw.write(b, off, len);
            raw.flush();
            written.addAndGet(len);
          }
        };
        try {
          behaviour.respond(counting);
        } catch (IOException e) {
          clientClosed.countDown();
        }
      } catch (IOException | InterruptedException e) {
        // server closed: stop serving
      }
    }
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
