package org.dyad.web;

/**
 * How {@link DyadServer} listens.
 *
 * @param host        the address to bind; {@code 127.0.0.1} by default, so nothing outside the machine
 *                    reaches the server unless asked for
 * @param port        the TCP port; 7070 by default, 0 for any free port
 * @param connections database connections for concurrent queries; 4 by default
 */
public record ServeConfig(String host, int port, int connections) {
  /** The defaults: 127.0.0.1:7070, 4 connections. */
  public static ServeConfig defaults() {
    return new ServeConfig("127.0.0.1", 7070, 4);
  }
}
