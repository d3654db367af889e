package dev.dialer.workflows.compliance;

/** Why a campaign calls: state rules and the national registry apply by purpose. */
public enum Purpose {
  TELEMARKETING,
  DEBT_COLLECTION,
  INFORMATIONAL
}
