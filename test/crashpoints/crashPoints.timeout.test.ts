import { describeCrashPoints } from './crashPointTest.js';

describeCrashPoints('a moderator times a member out; the timeout ends on time');
