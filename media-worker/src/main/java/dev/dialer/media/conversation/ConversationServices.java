package dev.dialer.media.conversation;

import dev.dialer.media.MediaProperties;
import dev.dialer.media.metrics.ConversationMetrics;
import dev.dialer.media.outcome.ConversationOutcomes;
import dev.dialer.media.temporal.CallEvents;
import dev.dialer.media.transcript.TranscriptStore;
import dev.langchain4j.model.chat.StreamingChatModel;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.stereotype.Component;

/** What every conversation shares: the model, the stores, the signals, timers and settings. */
@Component
public class ConversationServices {

  final StreamingChatModel model;
  final TranscriptStore transcripts;
  final CallEvents events;
  final ConversationMetrics metrics;
  final MediaProperties properties;
  final LiveConversations live;
  final Clock clock;
  final ConversationOutcomes outcomes;
  final OptOutList optOuts;
  final ScheduledExecutorService timers =
      Executors.newScheduledThreadPool(
          1,
          r -> {
            Thread thread = new Thread(r, "conversation-timers");
            thread.setDaemon(true);
            return thread;
          });

  ConversationServices(
      StreamingChatModel model,
      TranscriptStore transcripts,
      CallEvents events,
      ConversationMetrics metrics,
      MediaProperties properties,
      LiveConversations live,
      Clock clock,
      ConversationOutcomes outcomes,
      OptOutList optOuts) {
    this.model = model;
    this.transcripts = transcripts;
    this.events = events;
    this.metrics = metrics;
    this.properties = properties;
    this.live = live;
    this.clock = clock;
    this.outcomes = outcomes;
    this.optOuts = optOuts;
  }

  @PreDestroy
  void stopTimers() {
    timers.shutdownNow();
  }
}
