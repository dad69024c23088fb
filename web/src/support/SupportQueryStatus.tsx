import { ModuleQueryStatus, type QueryStatusProps } from '../components/ModuleQueryStatus.js';

/** What a support panel shows instead of its data: loading, not available (the support module is off), or the error. */
export function SupportQueryStatus(props: QueryStatusProps) {
  return <ModuleQueryStatus {...props} missing="the support module is off" />;
}
