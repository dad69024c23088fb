import { describeCrashPoints } from './crashPointTest.js';

describeCrashPoints('a member exports their data');
