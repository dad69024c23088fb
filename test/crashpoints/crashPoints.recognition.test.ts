import { describeCrashPoints } from './crashPointTest.js';

describeCrashPoints('members post, thank and react; a member asks for their rank');
