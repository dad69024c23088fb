export { currentUnit, outsideUnit, Unit, type UnitLabel } from './Unit.js';
export { UnitOfWorkDialect } from './UnitOfWorkDialect.js';
export { UnitOfWorkDriver } from './UnitOfWorkDriver.js';
