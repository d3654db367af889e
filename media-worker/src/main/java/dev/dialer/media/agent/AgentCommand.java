package dev.dialer.media.agent;

/**
 * One {@code [[name:argument]]} marker the model put in its reply.
 *
 * @param name {@link #PRESS}, {@link #END_CALL}, {@link #OPT_OUT}, {@link #TRANSFER} or {@link
 *     #REQUEST_USER}
 * @param argument the digits, number or question; null for commands without one
 */
public record AgentCommand(String name, String argument) {

  public static final String PRESS = "press";
  public static final String END_CALL = "end_call";
  public static final String OPT_OUT = "opt_out";
  public static final String TRANSFER = "transfer";
  public static final String REQUEST_USER = "request_user";
}
