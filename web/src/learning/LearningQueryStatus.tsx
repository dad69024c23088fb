import { ModuleQueryStatus, type QueryStatusProps } from '../components/ModuleQueryStatus.js';

/** What a learning panel shows instead of its data: loading, not available (the learning module is off), or the error. */
export function LearningQueryStatus(props: QueryStatusProps) {
  return <ModuleQueryStatus {...props} missing="the learning module is off" />;
}
