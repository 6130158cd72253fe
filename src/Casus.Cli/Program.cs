Console.WriteLine("casus: skeleton");
return 0;
