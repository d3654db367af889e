package dev.dialer.media.transcript;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes transcript turns. A turn is written when it is complete, and rewritten (same call and seq)
 * when an interruption cuts it to what the callee heard. Writes run on one thread of their own, in
 * the order they were asked for: the database is never on the path from the callee's words to the
 * agent's first token.
 */
@Component
public class TranscriptStore {

  private static final Logger log = LoggerFactory.getLogger(TranscriptStore.class);

  private final JdbcClient jdbc;
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "transcript-writer");
            thread.setDaemon(true);
            return thread;
          });

  TranscriptStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void save(TranscriptTurn turn) {
    writer.execute(
        () -> {
          try {
            write(turn);
          } catch (RuntimeException e) {
            log.warn("call {}: transcript turn {} not stored: {}", turn.callId(), turn.seq(), e);
          }
        });
  }

  /**
   * Publishes a {@code command_executed} event to the dashboards (NOTIFY through the database, like
   * the transcript's), after the turns written before it. Not stored: the workflow's history keeps
   * the command itself.
   */
  public void commandExecuted(String callId, String callSid, String command, String detail) {
    writer.execute(
        () -> {
          try {
            jdbc.sql(
                    """
                    SELECT dialer_publish_event(jsonb_strip_nulls(jsonb_build_object(
                        'type', 'command_executed', 'callId', CAST(:callId AS text),
                        'callSid', CAST(:callSid AS text), 'command', CAST(:command AS text),
                        'detail', CAST(:detail AS text))))
                    """)
                .param("callId", callId)
                .param("callSid", callSid)
                .param("command", command)
                .param("detail", detail)
                .query()
                .singleRow();
          } catch (RuntimeException e) {
            log.warn(
                "call {}: command_executed event for {} not published: {}", callId, command, e);
          }
        });
  }

  @PreDestroy
  void flush() throws InterruptedException {
    writer.shutdown();
    writer.awaitTermination(5, TimeUnit.SECONDS);
  }

  private void write(TranscriptTurn turn) {
    jdbc.sql(
            """
            INSERT INTO transcript_turn (call_id, call_sid, seq, speaker, text, digits,
                interrupted, started_at, ended_at, model_request_ms, first_token_ms,
                first_text_frame_ms)
            VALUES (:callId, :callSid, :seq, :speaker, :text, :digits, :interrupted, :startedAt,
                :endedAt, :modelRequestMs, :firstTokenMs, :firstTextFrameMs)
            ON CONFLICT (call_id, seq) DO UPDATE SET text = EXCLUDED.text,
                digits = EXCLUDED.digits, interrupted = EXCLUDED.interrupted,
                ended_at = EXCLUDED.ended_at
            """)
        .param("callId", turn.callId())
        .param("callSid", turn.callSid())
        .param("seq", turn.seq())
        .param("speaker", turn.speaker())
        .param("text", turn.text())
        .param("digits", turn.digits())
        .param("interrupted", turn.interrupted())
        .param("startedAt", Timestamp.from(turn.startedAt()))
        .param("endedAt", turn.endedAt() == null ? null : Timestamp.from(turn.endedAt()))
        .param("modelRequestMs", turn.modelRequestMs())
        .param("firstTokenMs", turn.firstTokenMs())
        .param("firstTextFrameMs", turn.firstTextFrameMs())
        .update();
  }
}
