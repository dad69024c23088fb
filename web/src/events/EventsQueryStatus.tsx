import { ModuleQueryStatus, type QueryStatusProps } from '../components/ModuleQueryStatus.js';

/** What a events panel shows instead of its data: loading, not available (the events module is off, or no such event), or the error. */
export function EventsQueryStatus(props: QueryStatusProps) {
  return <ModuleQueryStatus {...props} missing="the events module is off, or no such event" />;
}
