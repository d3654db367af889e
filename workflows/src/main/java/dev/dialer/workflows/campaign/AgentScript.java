package dev.dialer.workflows.campaign;

/** What the campaign's agent says: its instructions, its opening line, its voicemail. */
public record AgentScript(String prompt, String firstMessage, String voicemailMessage) {}
