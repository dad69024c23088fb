import { ModuleQueryStatus, type QueryStatusProps } from '../components/ModuleQueryStatus.js';

/** What a feedback panel shows instead of its data: loading, not available (the feedback module is off), or the error. */
export function FeedbackQueryStatus(props: QueryStatusProps) {
  return <ModuleQueryStatus {...props} missing="the feedback module is off" />;
}
