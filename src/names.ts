/** Control Plane's object name rule, as the official CLI checks it (`org`, `group`). */
export function isControlPlaneName(value: string): boolean {
  return value.length <= 64 && /^[a-z]([-a-z0-9])*[a-z0-9]$/.test(value)
}
