console.error('journey: the command line is being written');process.exit(2);
